// JSON modules can hold any JSON value.
console.log(require('./fixtures/json-array/list.json'));
console.log(require('./fixtures/json-array/str.json'));
