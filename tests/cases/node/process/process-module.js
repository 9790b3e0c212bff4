console.log(require('process') === process, require('node:process') === process);
