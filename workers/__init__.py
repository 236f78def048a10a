"""rq queues, the thin jobs, the timer dispatcher and the worker/dispatcher commands."""
