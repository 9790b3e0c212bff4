process.on('unhandledRejection', r => console.log('unhandled', r));
process.on('rejectionHandled', p => console.log('rejectionHandled', p instanceof Promise));
const p = Promise.reject('late');
setTimeout(() => { p.catch(() => console.log('caught late')); }, 5);
