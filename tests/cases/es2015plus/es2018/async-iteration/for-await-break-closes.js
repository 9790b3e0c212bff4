// break out of for await calls return() and awaits it.
var src = {
  [Symbol.asyncIterator]() {
    return {
      next: function () { return Promise.resolve({ value: 'v', done: false }); },
      return: function () { console.log('return called'); return Promise.resolve({ done: true }); }
    };
  }
};
(async function () { for await (var v of src) { console.log(v); break; } console.log('after loop'); })();
