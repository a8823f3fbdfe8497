/** Names shared by the extension's files. */
/** The client id: VS Code reads `policyPlans.trace.server` because of it. */
export const CLIENT_ID = 'policyPlans';
export const PLAN_GLOB = '**/*.{plan,regions,indicators}.{yaml,yml}';
export const CONFIG_GLOB = '**/policy-plans.config.{yaml,yml}';
/** The `source` the server puts on its diagnostics. */
export const DIAGNOSTIC_SOURCE = 'policy-plans';
/**
 * Every YAML file on disk goes to the server: plan, region and config files by name, and any other
 * file that the dataset config or a `# $schema:` comment ties to a schema (the server answers nothing
 * for the rest). They keep the language id `yaml`, so VS Code's YAML highlighting applies.
 */
export const DOCUMENT_SELECTOR: { language: string; scheme?: string; pattern?: string }[] = [
  { language: 'yaml', scheme: 'file' },
  { language: 'yaml', pattern: PLAN_GLOB },
];

/** Plan, region and config files: the files the status bar counts problems for. */
export const PLAN_SELECTOR: { language: string; pattern: string }[] = [
  { language: 'yaml', pattern: PLAN_GLOB },
  { language: 'yaml', pattern: CONFIG_GLOB },
];
