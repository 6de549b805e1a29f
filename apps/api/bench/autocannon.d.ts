/** The slice of autocannon 8's programmatic API the benches use (the package ships no types). */
declare module "autocannon" {
  interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p99: number;
  }
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    workers?: number;
    headers?: Record<string, string>;
    /** Paths asked in turn on each connection (after `url`'s origin). */
    requests?: Array<{ path: string; method?: string }>;
  }
  interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
  }
  /** The run: a thenable of its result, which `stop()` ends early. */
  export type Run = Promise<Result> & { stop(): void };
  export default function autocannon(options: Options): Run;
}
