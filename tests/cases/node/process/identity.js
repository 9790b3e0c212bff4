console.log(typeof process.pid, process.pid > 0, Number.isInteger(process.pid));
console.log(typeof process.ppid, process.ppid > 0);
console.log(process.platform === 'linux' || process.platform === 'win32' || process.platform === 'darwin');
console.log(['x64', 'arm64', 'ia32', 'arm'].indexOf(process.arch) >= 0);
console.log(/^v\d+\.\d+\.\d+$/.test(process.version), typeof process.versions, typeof process.versions.node);
console.log(process.version === 'v' + process.versions.node);
console.log(typeof process.title, typeof process.config, typeof process.release.name);
