// process 'unhandledRejection' receives async function rejections.
process.on('unhandledRejection', function (reason, p) { console.log('unhandled:', reason.message, p instanceof Promise); });
async function f() { throw new Error('async fail'); }
f();
