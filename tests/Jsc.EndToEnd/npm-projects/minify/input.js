// A small module with enough in it for the compressor to work on.
function fibonacci(count) {
  var sequence = [0, 1];
  for (var i = 2; i < count; i++) {
    sequence.push(sequence[i - 1] + sequence[i - 2]);
  }
  return sequence.slice(0, count);
}

var DEBUG = false;

function describe(values) {
  if (DEBUG) {
    console.log('describing', values);
  }
  var total = values.reduce(function (sum, value) { return sum + value; }, 0);
  var label = total > 100 ? 'large' : 'small';
  return { count: values.length, total: total, label: label, text: 'The sum is ' + total };
}

class Counter {
  constructor(start) { this.value = start || 0; }
  increment(by = 1) { this.value += by; return this; }
  toString() { return `Counter(${this.value})`; }
}

const counter = new Counter(5).increment().increment(3);
const { total, label } = describe(fibonacci(12));
console.log(total, label, String(counter), [...'abc'].map((c) => c.toUpperCase()).join(''));
