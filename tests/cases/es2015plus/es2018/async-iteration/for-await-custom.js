// for await over a hand-written async iterable.
var src = {
  [Symbol.asyncIterator]() {
    var i = 0;
    return { next: function () { i++; return Promise.resolve({ value: i * 10, done: i > 3 }); } };
  }
};
(async function () { var sum = 0; for await (var v of src) { console.log(v); sum += v; } console.log('sum', sum); })();
