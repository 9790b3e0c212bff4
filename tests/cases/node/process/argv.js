console.log(Array.isArray(process.argv), process.argv.length >= 2);
console.log(process.argv[1].split(/[\\/]/).pop());
console.log(typeof process.execPath, process.execPath.length > 0);
console.log(Array.isArray(process.execArgv));
