import { EventEmitter } from 'node:events';
import type { App } from 'electron';
import { describe, expect, it } from 'vitest';
import { OpenRequests } from '../../../src/main/open-requests';

const openFile = (app: EventEmitter, file: string) => {
  let prevented = false;
  app.emit('open-file', { preventDefault: () => (prevented = true) }, file);
  return prevented;
};

describe('files the system asks the app to open', () => {
  it('keeps macOS open-file requests made before the window exists, then hands every one over', () => {
    const app = new EventEmitter();
    const requests = new OpenRequests(app as unknown as Pick<App, 'on'>);
    expect(openFile(app, '/a/first.presskit')).toBe(true);
    openFile(app, '/a/second.presskit');
    expect(requests.takeFirst()).toBe('/a/first.presskit');
    const opened: string[] = [];
    requests.listen((f) => opened.push(f));
    expect(opened).toEqual(['/a/second.presskit']);
    openFile(app, '/a/third.presskit');
    requests.push('/b/from-second-instance.presskit');
    expect(opened).toEqual(['/a/second.presskit', '/a/third.presskit', '/b/from-second-instance.presskit']);
  });
});
