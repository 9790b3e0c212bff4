['aGk', 'aG k=', 'aGk=aGk=', 'a', 'aGVsbG8', '!!aGk!!', 'aGk===', '=aGk', 'aG=k'].forEach(function (s) { console.log(JSON.stringify(s), Buffer.from(s, 'base64')); });
