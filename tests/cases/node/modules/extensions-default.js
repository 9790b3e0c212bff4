// require.extensions lists .js, .json and .node handlers; it is Module._extensions.
console.log(Object.keys(require.extensions));
console.log(Object.keys(require.extensions).map(function (k) { return typeof require.extensions[k]; }));
console.log(require.extensions === require('module')._extensions);
console.log(Object.keys(require), typeof require.resolve, typeof require.cache);
