// Operations BigInt does not support: unary plus, >>>, Math functions, mixing in arithmetic, implicit Number conversion.
const attempts = {
  unaryPlus: () => +1n,
  ushr: () => 8n >>> 1n,
  math: () => Math.sqrt(4n),
  mixAdd: () => 1n + 1,
  mixMul: () => 2 * 3n,
  mixCompound: () => { let x = 1; x += 1n; return x; },
  isNaN: () => isNaN(1n),
  numberIsNaN: () => Number.isNaN(1n),
  toFixed: () => (1n).toFixed(2),
  arrayIndex: () => [10, 20][1n],
  stringConcat: () => 'n=' + 1n,
  jsonNested: () => JSON.stringify([{ x: 1n }]),
  divZero: () => 0n / 0n,
  modZero: () => 5n % 0n,
};
for (const [name, f] of Object.entries(attempts)) {
  try { console.log(name, String(f())); } catch (e) { console.log(name, e.name + ': ' + e.message); }
}
