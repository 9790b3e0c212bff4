var b = Buffer.from([0xfb, 0xff, 0xfe, 0x01]);
console.log(b.toString('base64url'), b.toString('base64'), Buffer.from('-_8', 'base64url'), Buffer.from('+/8=', 'base64url'));
