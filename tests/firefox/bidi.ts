/**
 * Raw WebDriver BiDi commands that puppeteer-core has no public method for: evaluating with
 * closed shadow roots serialized, and driving moz-extension:// tabs, which puppeteer's Page.goto
 * never reports as loaded.
 */
import type { Browser, Page } from 'puppeteer-core';

/** A value as WebDriver BiDi serializes it (its RemoteValue), with only the fields used here. */
export interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

/** A serialized DOM node: element, text or shadow root. */
export interface NodeValue {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: RemoteValue[];
  shadowRoot?: RemoteValue | null;
}

interface Connection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

interface ContextInfo {
  context: string;
  url: string;
  children: ContextInfo[] | null;
}

/**
 * Return puppeteer's WebDriver BiDi connection. NOTE: `Browser.connection` is not part of
 * puppeteer-core's typed API (checked with 25.16.0), so an update may remove it.
 */
function connectionOf(browser: Browser): Connection {
  const connection = (browser as unknown as { connection?: Partial<Connection> }).connection;
  if (typeof connection?.send !== 'function') {
    throw new Error(
      'puppeteer-core no longer exposes its WebDriver BiDi connection as Browser.connection. Check the installed version.',
    );
  }
  return connection as Connection;
}

/** Send one BiDi command and return its result. */
export async function send<Result>(browser: Browser, method: string, params: object) {
  const reply = await connectionOf(browser).send(method, params);
  return reply.result as Result;
}

/** Return the ID of the top-level browsing context that shows the page. */
export async function contextOf(browser: Browser, page: Page): Promise<string> {
  const { contexts } = await send<{ contexts: ContextInfo[] }>(browser, 'browsingContext.getTree', {
    maxDepth: 0,
  });
  const url = page.url();
  const matches = contexts.filter((context) => context.url === url);
  if (matches.length !== 1 || matches[0] === undefined) {
    throw new Error(`Expected one tab showing ${url}, found ${matches.length}.`);
  }
  return matches[0].context;
}

/**
 * Evaluate an expression in a browsing context and return its serialized result. Shadow roots,
 * closed ones included, are serialized with their content, as DevTools' "pierce" does.
 */
export async function evaluate(
  browser: Browser,
  context: string,
  expression: string,
): Promise<RemoteValue> {
  const outcome = await send<EvaluateResult>(browser, 'script.evaluate', {
    target: { context },
    expression,
    awaitPromise: true,
    serializationOptions: { includeShadowTree: 'all', maxDomDepth: null },
  });
  if (outcome.type === 'exception' || outcome.result === undefined) {
    throw new Error(`Evaluating ${expression} failed: ${outcome.exceptionDetails?.text ?? ''}`);
  }
  return outcome.result;
}

/** Call a function with one node, found by its shared ID, and return the JSON it returns. */
export async function callWithNode<Value>(
  browser: Browser,
  context: string,
  declaration: string,
  sharedId: string,
): Promise<Value> {
  const outcome = await send<EvaluateResult>(browser, 'script.callFunction', {
    target: { context },
    functionDeclaration: `(node) => JSON.stringify((${declaration})(node))`,
    arguments: [{ sharedId }],
    awaitPromise: true,
  });
  if (outcome.type === 'exception' || typeof outcome.result?.value !== 'string') {
    throw new Error(`Calling ${declaration} failed: ${outcome.exceptionDetails?.text ?? ''}`);
  }
  return JSON.parse(outcome.result.value) as Value;
}
