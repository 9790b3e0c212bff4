// break and continue affect only the innermost loop without labels.
var pairs = [];
for (var i = 0; i < 4; i++) {
  for (var j = 0; j < 4; j++) {
    if (j === i) continue;
    if (j > i) break;
    pairs.push(i + "" + j);
  }
}
console.log(pairs.join(" "));
var primes = [];
for (var n = 2; primes.length < 10; n++) {
  var isPrime = true;
  for (var d = 2; d * d <= n; d++) {
    if (n % d === 0) { isPrime = false; break; }
  }
  if (isPrime) primes.push(n);
}
console.log(primes.join(","));
var count = 0;
var a = 0;
while (a < 3) {
  a++;
  var b = 0;
  do { b++; if (b === 2) continue; count++; } while (b < 3);
}
console.log(count);
