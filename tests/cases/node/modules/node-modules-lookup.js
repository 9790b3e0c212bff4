// A bare name is looked up in node_modules folders from the requiring file's folder upwards.
console.log(require('./fixtures/deep/a/b/c'));
