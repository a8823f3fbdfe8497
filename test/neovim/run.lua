-- Driven by test/neovim.test.ts: in the buffer of a broken sample, waits for the server's
-- diagnostics, asks for hover and completion, then opens a second file (to see the settings take
-- effect), stops the server, writes everything as JSON to $POLICY_PLANS_NVIM_OUT and quits.
local out = assert(os.getenv('POLICY_PLANS_NVIM_OUT'), 'POLICY_PLANS_NVIM_OUT is not set')
local second = os.getenv('POLICY_PLANS_NVIM_SECOND')
local v = vim.version()
local result = { nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch), has_start = vim.lsp.start ~= nil }

local function diagnostics_of(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(list, { code = d.code or lsp.code, lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity, message = d.message, source = d.source })
  end
  return list
end

local function wait_for_diagnostics(buf)
  return vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
end

-- the position just after `needle` on the first line (0-based) that contains it, not in a comment
local function position_after(buf, needle)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s, e = line:find(needle, 1, true)
    if s and not line:match('^%s*#') then return { line = i - 1, character = e } end
  end
  error('not found: ' .. needle)
end

local function first_result(responses)
  for _, r in pairs(responses or {}) do
    if r.error then return { error = r.error } end
    if r.result ~= nil then return r.result end
  end
  return nil
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  result.file = vim.api.nvim_buf_get_name(buf)
  result.filetype = vim.bo[buf].filetype
  result.waited = wait_for_diagnostics(buf)
  result.clients = {}
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do table.insert(result.clients, c.name) end
  result.diagnostics = diagnostics_of(buf)

  local uri = vim.uri_from_bufnr(buf)
  local on_code = position_after(buf, 'jurisdiction: CN-')
  local hover = first_result(vim.lsp.buf_request_sync(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = on_code }, 10000))
  if hover and hover.contents then
    result.hover = type(hover.contents) == 'string' and hover.contents or hover.contents.value
  end
  local completion = first_result(vim.lsp.buf_request_sync(buf, 'textDocument/completion', { textDocument = { uri = uri }, position = on_code }, 10000))
  result.completion = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do table.insert(result.completion, item.label) end

  if second and second ~= '' then
    vim.cmd('edit ' .. vim.fn.fnameescape(second))
    local buf2 = vim.api.nvim_get_current_buf()
    result.second = { waited = wait_for_diagnostics(buf2), diagnostics = diagnostics_of(buf2), clients = #vim.lsp.buf_get_clients(buf2) }
  end
end

-- stop the server the way Neovim does on exit (shutdown, then exit) and record its exit code
local function stop()
  result.exits = {}
  local clients = vim.lsp.get_active_clients()
  for _, c in ipairs(clients) do
    result.server_pid = c.rpc and c.rpc.pid
    c.config.on_exit = function(code, signal) table.insert(result.exits, { code = code, signal = signal }) end
    c.stop()
  end
  vim.wait(10000, function() return #result.exits >= #clients end, 50)
end

local ok, err = pcall(run)
if not ok then result.error = tostring(err) end
local stopped, stop_err = pcall(stop)
if not stopped then result.stop_error = tostring(stop_err) end
local f = assert(io.open(out, 'w'))
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
