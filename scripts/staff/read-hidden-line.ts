/** Reads one line from the terminal without showing what is typed (for passwords). Ctrl-C quits. */
export function readHiddenLine(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  let line = '';
  return new Promise((resolve) => {
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\u0003') {
          process.stdout.write('\n');
          process.exit(130);
        }
        if (character === '\r' || character === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stdout.write('\n');
          resolve(line);
          return;
        }
        if (character === '\u007f' || character === '\b') line = line.slice(0, -1);
        else if (character >= ' ') line += character;
      }
    };
    input.on('data', onData);
  });
}
