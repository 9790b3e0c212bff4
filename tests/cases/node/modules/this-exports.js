// In a module, `this`, exports and module.exports are the same object at the start.
console.log(require('./fixtures/this-exports'));
