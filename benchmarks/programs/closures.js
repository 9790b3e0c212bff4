// closures: creating and calling closures: counters that share captured state, curried
// adders, composition, closures made in a loop through an IIFE and an accumulator that
// captures a variable of an enclosing function two levels up.
function makeCounter(start) {
  var count = start;
  return {
    inc: function () {
      count++;
      return count;
    },
    add: function (n) {
      count += n;
      return count;
    },
    get: function () {
      return count;
    },
  };
}

function adder(a) {
  return function (b) {
    return a + b;
  };
}

function compose(f, g) {
  return function (x) {
    return f(g(x));
  };
}

function makeAccumulators(n) {
  var fns = [];
  for (var i = 0; i < n; i++) {
    fns.push(
      (function (k) {
        return function (x) {
          return x * k + 1;
        };
      })(i)
    );
  }
  return fns;
}

function outer(seed) {
  var total = seed;
  function middle(step) {
    return function inner() {
      total = (total + step) % 1000003;
      return total;
    };
  }
  var a = middle(3);
  var b = middle(7);
  for (var i = 0; i < 200; i++) {
    a();
    b();
  }
  return total;
}

var checksum = 0;
for (var round = 0; round < 40000; round++) {
  var c = makeCounter(round);
  for (var i = 0; i < 50; i++) c.inc();
  c.add(round % 13);
  var f = compose(adder(round), adder(1));
  var accs = makeAccumulators(20);
  var v = 0;
  for (var j = 0; j < accs.length; j++) v = accs[j](v) % 1000003;
  checksum = (checksum * 7 + c.get() + f(v) + outer(round)) % 1000000007;
}
console.log('closures ' + checksum);
