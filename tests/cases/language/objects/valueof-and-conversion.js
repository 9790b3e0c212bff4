// valueOf and toString on plain objects drive arithmetic and string conversion.
var money = { amount: 5, valueOf: function () { return this.amount; }, toString: function () { return "$" + this.amount; } };
console.log(money + 1, money * 2, String(money), money + "", "" + [money]);
console.log(money > 4, money == 5, money === 5);
var plain = {};
console.log(plain.valueOf() === plain, plain + 1, plain * 1);
var d = { valueOf: null, toString: function () { return "9"; } };
console.log(d * 2, d + 1);
var arr = [5];
console.log(arr * 2, arr + 1, [1, 2] * 1);
var counter = { n: 0, valueOf: function () { return ++this.n; } };
console.log(counter + counter, counter.n);
