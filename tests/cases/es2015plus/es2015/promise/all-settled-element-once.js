let callbacks;
const weird = { then(res, rej) { callbacks = [res, rej]; } };
Promise.allSettled([weird]).then(v => console.log(JSON.stringify(v)));
Promise.all([weird]).then(v => console.log('all', v));
setTimeout(() => {
  callbacks[0]('first');
  callbacks[1]('second');
  callbacks[0]('third');
}, 0);
