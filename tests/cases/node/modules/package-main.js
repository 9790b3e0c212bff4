// package.json "main": a file, a file without its extension, a directory with an index.
console.log(require('./fixtures/pkg-main'));
console.log(require('./fixtures/pkg-main-noext'));
console.log(require('./fixtures/pkg-main-dir'));
console.log(require('./fixtures/pkg-main/') === require('./fixtures/pkg-main'));
