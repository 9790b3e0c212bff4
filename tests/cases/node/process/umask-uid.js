var old = process.umask();
console.log(typeof old, old >= 0 && old <= 511);
console.log(process.umask(0o22) === old, process.umask() === 0o22);
process.umask(old);
console.log(typeof process.getuid(), typeof process.geteuid(), typeof process.getgid(), typeof process.getegid());
console.log(Array.isArray(process.getgroups()), process.getgroups().indexOf(process.getegid()) >= 0);
