var b = Buffer.from('hi ');
console.log(b + 'there', 'x' + Buffer.from([0x79]), `${Buffer.from('t')}`);
