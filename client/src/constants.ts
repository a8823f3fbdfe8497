/** Names shared by the extension's files. */
/** The client id: VS Code reads `policyPlans.trace.server` because of it. */
export const CLIENT_ID = 'policyPlans';
export const PLAN_GLOB = '**/*.{plan,regions}.{yaml,yml}';
export const CONFIG_GLOB = '**/policy-plans.config.{yaml,yml}';
/** The `source` the server puts on its diagnostics. */
export const DIAGNOSTIC_SOURCE = 'policy-plans';
/** Plan, region and config files keep the language id `yaml`, so VS Code's YAML highlighting applies. */
export const DOCUMENT_SELECTOR: { language: string; pattern: string }[] = [
  { language: 'yaml', pattern: PLAN_GLOB },
  { language: 'yaml', pattern: CONFIG_GLOB },
];
