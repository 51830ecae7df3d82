// Writes to stdout respecting back-pressure, so a huge input streams through.
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
}
