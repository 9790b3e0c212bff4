var start = process.cwd();
process.chdir('/');
console.log(process.cwd());
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.errno, e.syscall, e.dest, e.message.split(',')[0]);
}
try { process.chdir(42); } catch (e) { console.log(e.name, e.code, e.message); }
process.chdir(start);
console.log(process.cwd() === start);
