import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { FIREFOX_ID } from '../../manifest.config';
import { readPolicy } from '../../src/background/settings/policy';
import { POLICY_KEYS } from '../../src/background/settings/rules';
import { checkChromeSchema, validateAgainstSchema, type SchemaNode } from './policy-schema-check';

const CHROME_ID = 'mbmgomjgadhoajlkbnkgcpadkncpffkg';
const EXAMPLES = 'docs/policy-examples';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Policy = Record<string, Json>;

const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as SchemaNode;
const properties = schema.properties as Record<string, SchemaNode>;

function readExample(name: string): string {
  return readFileSync(`${EXAMPLES}/${name}`, 'utf8');
}

function readJson(name: string): Policy {
  return JSON.parse(readExample(name)) as Policy;
}

function child(value: Json | undefined, key: string): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? value[key]
    : undefined;
}

type RegistryValue = number | string;

/** Parse a .reg file into key path → value name → DWORD number or string. */
function parseRegistry(text: string): Map<string, Map<string, RegistryValue>> {
  const keys = new Map<string, Map<string, RegistryValue>>();
  let current = new Map<string, RegistryValue>();
  for (const line of text.split(/\r?\n/)) {
    const section = /^\[(.+)\]$/.exec(line);
    if (section?.[1] !== undefined) {
      current = new Map();
      keys.set(section[1], current);
      continue;
    }
    const value = /^"([^"]+)"=(?:dword:([0-9a-f]{8})|"((?:[^"\\]|\\.)*)")$/.exec(line);
    if (!value?.[1]) continue;
    const text = value[3]?.replace(/\\(.)/g, '$1');
    current.set(value[1], value[2] === undefined ? (text ?? '') : parseInt(value[2], 16));
  }
  return keys;
}

/** Registry values as Firefox would pass them on: DWORDs as numbers, subkeys as numbered objects. */
function registryPolicy(text: string, browserKey: string): Policy {
  const keys = parseRegistry(text);
  const path = `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browserKey}\\3rdparty\\extensions\\${CHROME_ID}\\policy`;
  const policy: Policy = Object.fromEntries(keys.get(path) ?? []);
  for (const [keyPath, values] of keys) {
    if (keyPath.startsWith(`${path}\\`))
      policy[keyPath.slice(path.length + 1)] = Object.fromEntries(values);
  }
  return policy;
}

/** Convert registry values by the schema, as Chrome's ConvertRegistryValue does. */
function convertLikeChrome(policy: Policy): Policy {
  return Object.fromEntries(
    Object.entries(policy).map(([key, value]) => {
      const type = properties[key]?.type;
      if (type === 'boolean' && typeof value === 'number') return [key, value !== 0];
      if (type === 'array' && typeof value === 'object' && value !== null)
        return [key, Object.values(value)];
      return [key, value];
    }),
  );
}

/** The parts of an XML element that plistToJson reads, as happy-dom provides them. */
interface XmlElement {
  tagName: string;
  textContent: string | null;
  children: Iterable<XmlElement>;
}

function plistToJson(element: XmlElement): Json {
  const children = [...element.children];
  switch (element.tagName) {
    case 'dict':
      return Object.fromEntries(
        children.flatMap((node, index): [string, Json][] => {
          const next = children[index + 1];
          if (node.tagName !== 'key' || next === undefined) return [];
          return [[node.textContent ?? '', plistToJson(next)]];
        }),
      );
    case 'array':
      return children.map(plistToJson);
    case 'integer':
      return Number(element.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      return element.textContent;
  }
}

function typeOfPayload(payload: Json): string {
  const type = child(payload, 'PayloadType');
  return typeof type === 'string' ? type : '';
}

/** Payloads of a configuration profile, by PayloadType. */
function profilePayloads(name: string): Map<string, Policy> {
  const document = new new Window().DOMParser().parseFromString(
    readExample(name),
    'application/xml',
  );
  const root = document.querySelector('plist > dict');
  const profile = root ? plistToJson(root) : null;
  const payloads = child(profile, 'PayloadContent');
  const entries = Array.isArray(payloads) ? payloads : [];
  return new Map(entries.map((payload) => [typeOfPayload(payload), payload as Policy]));
}

function withoutPayloadKeys(payload: Policy | undefined): Policy {
  return Object.fromEntries(
    Object.entries(payload ?? {}).filter(([key]) => !key.startsWith('Payload')),
  );
}

function forceInstalls(settings: Json | undefined, id: string): boolean {
  return child(child(settings, id), 'installation_mode') === 'force_installed';
}

const linux = readJson('linux-chrome-chromium.json');
const firefox = readJson('firefox-policies.json');
const chromeReg = readExample('windows-chrome.reg');
const edgeReg = readExample('windows-edge.reg');
const chromeProfile = profilePayloads('macos-chrome.mobileconfig');
const edgeProfile = profilePayloads('macos-edge.mobileconfig');

const policies: [name: string, policy: Json | undefined, checkedByChrome: boolean][] = [
  ['linux-chrome-chromium.json', child(child(linux['3rdparty'], 'extensions'), CHROME_ID), true],
  [
    'firefox-policies.json',
    child(child(child(firefox.policies, '3rdparty'), 'Extensions'), FIREFOX_ID),
    false,
  ],
  [
    'windows-chrome.reg as Chrome reads it',
    convertLikeChrome(registryPolicy(chromeReg, 'Google\\Chrome')),
    true,
  ],
  [
    'windows-edge.reg as Edge reads it',
    convertLikeChrome(registryPolicy(edgeReg, 'Microsoft\\Edge')),
    true,
  ],
  ['windows-chrome.reg unconverted', registryPolicy(chromeReg, 'Google\\Chrome'), false],
  [
    'macos-chrome.mobileconfig',
    withoutPayloadKeys(chromeProfile.get(`com.google.Chrome.extensions.${CHROME_ID}`)),
    true,
  ],
  [
    'macos-edge.mobileconfig',
    withoutPayloadKeys(edgeProfile.get(`com.microsoft.Edge.extensions.${CHROME_ID}`)),
    true,
  ],
];

const expected = readPolicy(
  child(child(linux['3rdparty'], 'extensions'), CHROME_ID) as Policy,
).values;

describe('policy examples', () => {
  it('set every policy key', () => {
    expect(Object.keys(expected).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it.each(policies)('%s passes the schema', (_name, policy, checkedByChrome) => {
    expect(checkChromeSchema(schema)).toEqual([]);
    if (checkedByChrome) expect(validateAgainstSchema(schema, policy ?? null)).toEqual([]);
  });

  it.each(policies)('%s reads without warnings', (_name, policy) => {
    const reading = readPolicy(policy as Policy);

    expect(reading.warnings).toEqual([]);
    expect(reading.values).toEqual(expected);
  });

  it.each([
    ['linux', linux.ExtensionSettings, CHROME_ID],
    ['firefox', child(firefox.policies, 'ExtensionSettings'), FIREFOX_ID],
    [
      'windows chrome',
      JSON.parse(
        String(
          parseRegistry(chromeReg)
            .get('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome')
            ?.get('ExtensionSettings'),
        ),
      ) as Json,
      CHROME_ID,
    ],
    [
      'windows edge',
      JSON.parse(
        String(
          parseRegistry(edgeReg)
            .get('HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge')
            ?.get('ExtensionSettings'),
        ),
      ) as Json,
      CHROME_ID,
    ],
    ['macos chrome', child(chromeProfile.get('com.google.Chrome'), 'ExtensionSettings'), CHROME_ID],
    ['macos edge', child(edgeProfile.get('com.microsoft.Edge'), 'ExtensionSettings'), CHROME_ID],
  ])('%s example force-installs extension', (_name, settings, id) => {
    expect(forceInstalls(settings, id)).toBe(true);
    if (id === CHROME_ID) {
      expect(child(child(settings, id), 'override_update_url')).toBe(true);
    }
  });
});
