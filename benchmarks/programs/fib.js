// fib: naive doubly recursive Fibonacci; measures plain function calls and small-integer adds.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

var total = 0;
for (var n = 20; n <= 33; n++) total += fib(n);
console.log('fib ' + total);
