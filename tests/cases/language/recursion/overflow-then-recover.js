// After a stack overflow is caught, ordinary calls and recursion work again.
function infinite() { return infinite(); }
for (var round = 1; round <= 3; round++) {
  try {
    infinite();
  } catch (e) {
    console.log("round", round, e.name, e.message);
  }
}
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
console.log(fact(10), fact(20));
function sumTo(n) { return n === 0 ? 0 : n + sumTo(n - 1); }
console.log(sumTo(1000));
