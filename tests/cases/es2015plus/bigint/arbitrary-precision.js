// Arbitrary-precision arithmetic: factorials, powers of two, Fibonacci, modular exponentiation, digit sums.
const fact = n => { let r = 1n; for (let i = 2n; i <= n; i++) r *= i; return r; };
console.log(String(fact(30n)), String(fact(30n)).length, String(2n ** 200n));
let [a, b] = [0n, 1n];
for (let i = 0; i < 150; i++) [a, b] = [b, a + b];
console.log(String(a));
function modPow(base, exp, mod) { let result = 1n; base %= mod; while (exp > 0n) { if (exp & 1n) result = result * base % mod; exp >>= 1n; base = base * base % mod; } return result; }
console.log(String(modPow(2n, 10n ** 18n, 1000000007n)), String(modPow(3n, 200n, 2n ** 61n - 1n)));
console.log([...String(2n ** 100n)].reduce((s, d) => s + Number(d), 0), (2n ** 64n - 1n).toString(16), BigInt.asUintN(64, -1n) === 2n ** 64n - 1n);
const gcd = (x, y) => { while (y) [x, y] = [y, x % y]; return x; };
console.log(String(gcd(2n ** 60n * 3n, 2n ** 40n * 9n)), String(-17n / 5n), String(-17n % 5n), String(17n / -5n));
