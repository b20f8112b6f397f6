/** Returns the value of a successful result, or throws with the failure message for the test log. */
export function unwrap<Value>(
  result: { ok: true; value: Value } | { ok: false; message: string },
): Value {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}
