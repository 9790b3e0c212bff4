// package.json "exports": the require condition, subpaths, patterns, and what is not exported.
require('./fixtures/exports-entry');
