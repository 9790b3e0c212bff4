// A "main" that does not exist falls back to index.js (node 20 warns with DEP0128, silenced here).
process.noDeprecation = true;
console.log(require('./fixtures/pkg-main-missing'));
