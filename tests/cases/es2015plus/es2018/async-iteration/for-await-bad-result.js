// A next() result that is not an object is a TypeError.
var src = { [Symbol.asyncIterator]() { return { next: function () { return Promise.resolve(42); } }; } };
(async function () { try { for await (var v of src) console.log(v); } catch (e) { console.log(e.constructor.name); } })();
