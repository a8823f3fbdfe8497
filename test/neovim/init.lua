-- Policy Plans language server for *.plan.yaml, *.regions.yaml and policy-plans.config.yaml files.
-- Works with Neovim 0.7 and later: vim.lsp.start on 0.8+, start_client + buf_attach_client on 0.7.
local policy_plans = {
  name = 'policy-plans',
  cmd = { 'policy-plans-server', '--stdio' },
  -- the answer to the server's workspace/configuration request (section "policyPlans"),
  -- e.g. passed deadlines as hints instead of information
  settings = { policyPlans = { rules = { ['deadline/passed'] = 'hint' } } },
  -- diagnostics are pushed; without this, Neovim 0.10+ would also pull them and show each twice
  init_options = { pullDiagnostics = false },
  -- Neovim 0.7 neither advertises workspace/configuration nor sends the settings by itself
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
}

-- the dataset root: the folder of the nearest policy-plans.config.yaml, else of .git, else the file's
local function policy_plans_root(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local config = vim.fn.findfile('policy-plans.config.yaml', dir .. ';')
  if config ~= '' then return vim.fn.fnamemodify(config, ':p:h') end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return dir
end

local clients = {} -- Neovim 0.7: one client per root

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'yaml',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    local name = vim.fn.fnamemodify(file, ':t')
    if not (name:match('%.plan%.ya?ml$') or name:match('%.regions%.ya?ml$') or name:match('^policy%-plans%.config%.ya?ml$')) then return end
    local config = vim.tbl_extend('force', policy_plans, { root_dir = policy_plans_root(file) })
    if vim.lsp.start then
      vim.lsp.start(config, { bufnr = args.buf })
    else
      local id = clients[config.root_dir]
      if not id or not vim.lsp.get_client_by_id(id) then
        id = vim.lsp.start_client(config)
        clients[config.root_dir] = id
      end
      if id then vim.lsp.buf_attach_client(args.buf, id) end
    end
    -- complete with CTRL-X CTRL-O (Neovim 0.10+ sets this by itself)
    vim.bo[args.buf].omnifunc = 'v:lua.vim.lsp.omnifunc'
  end,
})
