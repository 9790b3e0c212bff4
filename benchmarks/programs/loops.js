// loops: tight numeric loops: +, *, % and comparisons on small integers, a 32-bit LCG wrapped
// with >>> 0 and a sum kept in int32 with | 0, integer division as (x / 10) | 0, and a double loop.

// A linear congruential generator (Knuth's 69069); x * 69069 stays below 2^53, so it is exact.
function lcgSum(n) {
  var x = 1;
  var acc = 0;
  for (var i = 0; i < n; i++) {
    x = (x * 69069 + 1) >>> 0;
    acc = (acc + (x >>> 16)) | 0;
  }
  return acc;
}

// Trial division: % and * in a nested loop with an early exit.
function countPrimes(limit) {
  var count = 0;
  for (var n = 2; n < limit; n++) {
    var prime = 1;
    for (var d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = 0;
        break;
      }
    }
    count += prime;
  }
  return count;
}

// Sums the decimal digits of every number below n.
function digitSums(n) {
  var total = 0;
  for (var i = 0; i < n; i++) {
    var v = i;
    while (v > 0) {
      total += v % 10;
      v = (v / 10) | 0;
    }
  }
  return total;
}

// Iteration counts of a Mandelbrot grid: double arithmetic only.
function mandelbrot(size, maxIterations) {
  var sum = 0;
  for (var py = 0; py < size; py++) {
    for (var px = 0; px < size; px++) {
      var x0 = (px * 3) / size - 2;
      var y0 = (py * 3) / size - 1.5;
      var x = 0;
      var y = 0;
      var k = 0;
      while (k < maxIterations && x * x + y * y <= 4) {
        var t = x * x - y * y + x0;
        y = 2 * x * y + y0;
        x = t;
        k++;
      }
      sum += k;
    }
  }
  return sum;
}

// Collatz chain lengths: % 2, * 3 and / 2 on doubles that stay integral.
function longestCollatz(limit) {
  var best = 0;
  var bestStart = 0;
  for (var start = 1; start < limit; start++) {
    var n = start;
    var steps = 0;
    while (n !== 1) {
      n = n % 2 === 0 ? n / 2 : 3 * n + 1;
      steps++;
    }
    if (steps > best) {
      best = steps;
      bestStart = start;
    }
  }
  return bestStart * 1000 + best;
}

console.log('loops ' + [
  lcgSum(7500000),
  countPrimes(200000),
  digitSums(2000000),
  mandelbrot(400, 200),
  longestCollatz(40000),
].join(' '));
