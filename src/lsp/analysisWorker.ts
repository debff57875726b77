/** The analysis thread: runs one job per message, so the server's thread stays free for requests. */
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './analysisJob.ts';

const port = parentPort;
if (port) {
  port.on('message', (job: AnalysisJob) => port.postMessage(runAnalysisJob(job)));
  port.postMessage('ready');
}
