// Without an extension, .js is tried before .json; an explicit extension picks the file.
console.log(require('./fixtures/order/file'));
console.log(require('./fixtures/order/file.json').from);
console.log(require('./fixtures/order/data').only);
