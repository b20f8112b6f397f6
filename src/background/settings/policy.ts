/**
 * Reads the administrator's managed policy. Chrome and Edge check values against
 * public/managed_schema.json before the extension receives them, but that schema checks types
 * only: ranges and origins are checked here, so an out-of-range number is clamped instead of
 * dropped. Firefox ignores the schema for `3rdparty` policies, so there this is the only check.
 */
import { t } from '../../shared/i18n';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../../shared/settings';
import { describeValue } from './coerce';
import { POLICY_KEYS, type PolicyKey } from './rules';
import { checkSetting } from './values';

/** Policy values that take effect, and warnings about values that were ignored or changed. */
export interface PolicyReading {
  values: Partial<Settings>;
  warnings: string[];
}

const KEYS_BY_LOWER_CASE = new Map(POLICY_KEYS.map((key) => [key.toLowerCase(), key]));

function fallbackFor(key: SettingKey): string {
  const fallback = DEFAULT_SETTINGS[key];
  if (Array.isArray(fallback)) return t('policyWarningFallbackList');
  return t('policyWarningFallbackValue', describeValue(fallback));
}

function isExactPolicyKey(name: string): name is PolicyKey {
  return (POLICY_KEYS as readonly string[]).includes(name);
}

/** Map a policy name to its key, accepting a different letter case. Warns about unknown names. */
function resolveKey(name: string, warnings: string[]): PolicyKey | undefined {
  if (isExactPolicyKey(name)) return name;
  if (name === 'trustDevice') {
    warnings.push(t('policyWarningTrustDevice'));
    return undefined;
  }
  const key = KEYS_BY_LOWER_CASE.get(name.toLowerCase());
  if (key === undefined) {
    warnings.push(t('policyWarningUnknownKey', name));
  }
  return key;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Check every managed policy value and return the ones that take effect. Values are coerced
 * where the meaning is plain and otherwise ignored with a warning naming the key, the value and
 * what applies instead. Never throws, whatever `raw` contains.
 */
export function readPolicy(raw: Record<string, unknown>): PolicyReading {
  const values: Partial<Record<PolicyKey, unknown>> = {};
  const warnings: string[] = [];
  if (!isRecord(raw)) {
    warnings.push(t('policyWarningNotRecord', describeValue(raw)));
    return { values: {}, warnings };
  }

  // Exact names first, so that a correctly spelled key wins over a variant in another case.
  const names = Object.keys(raw).sort(
    (a, b) => Number(!isExactPolicyKey(a)) - Number(!isExactPolicyKey(b)),
  );
  for (const name of names) {
    const key = resolveKey(name, warnings);
    if (key === undefined) continue;
    if (key in values) {
      warnings.push(t('policyWarningDuplicateKey', [name, key]));
      continue;
    }
    if (key !== name) {
      warnings.push(t('policyWarningKeyCase', [name, key]));
    }
    const checked = checkSetting(key, raw[name], {
      subject: t('policyWarningSubject', key),
      fallback: fallbackFor(key),
    });
    warnings.push(...checked.warnings);
    if (checked.value !== undefined) values[key] = checked.value;
  }

  if (Array.isArray(values.mailOrigins) && values.mailOrigins.length === 0) {
    warnings.push(t('policyWarningNoMailOrigins'));
  }
  // Each value passed checkSetting for its own key, so the record matches Partial<Settings>.
  return { values: values as Partial<Settings>, warnings };
}
