// Converting between BigInt, Number and String: exactness limits, radix strings, parsing rules and errors.
console.log(Number(2n ** 53n + 1n), Number(-(2n ** 64n)), Number(10n ** 400n), parseFloat(String(10n ** 21n)));
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 1n, BigInt(2 ** 60), BigInt(-0), BigInt(1e21));
console.log(['0b1010', '0o17', '0xff', '  42\n', '', '-0', '+7'].map(s => String(BigInt(s))).join());
for (const bad of ['1e3', '0x', '12n', '1_000', '- 1', 'abc', '1.0', '-0x10']) {
  try { BigInt(bad); console.log('accepted', bad); } catch (e) { console.log(e.name, JSON.stringify(bad)); }
}
for (const bad of [NaN, Infinity, 0.5, null, Symbol('s')]) {
  try { BigInt(bad); } catch (e) { console.log(e.name, e.message); }
}
console.log((123n).toString(), (-255n).toString(16), (2n ** 64n).toString(36), String(Object(7n)), `${-0n}`, 7n + '', [1n, 2n].join('-'));
try { (1n).toString(1); } catch (e) { console.log(e.name, e.message); }
try { BigInt.prototype.toString.call(1); } catch (e) { console.log(e.name, e.message); }
