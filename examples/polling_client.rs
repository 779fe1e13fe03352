//! A complete client loop for one captcha, built on `RetryPolicy`: create a
//! task, poll its result, and do what each error says, until a solution or
//! a reason to stop. The "server" is a list of canned response bodies, and
//! waiting only adds up the time, so this runs without a network:
//!
//! ```text
//! cargo run --example polling_client --features serde
//! ```

use std::collections::VecDeque;
use std::time::Duration;

use capmonster_errors::{ApiError, ApiResponse, Next, RetryPolicy};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Created {
    #[serde(rename = "taskId")]
    task_id: u64,
}

#[derive(Debug, Deserialize)]
struct TaskResult {
    status: String,
    solution: Option<serde_json::Value>,
}

/// What the API answers, in order: a busy service, a task that cannot be
/// solved, then a new task that is solved after two polls.
const ANSWERS: &[&str] = &[
    r#"{"errorId":1,"errorCode":"ERROR_NO_SLOT_AVAILABLE","errorDescription":"No idle workers"}"#,
    r#"{"errorId":0,"taskId":101}"#,
    r#"{"errorId":1,"errorCode":"CAPTCHA_NOT_READY","taskId":101}"#,
    r#"{"errorId":1,"errorCode":"ERROR_CAPTCHA_UNSOLVABLE","taskId":"101"}"#,
    r#"{"errorId":0,"taskId":102}"#,
    r#"{"errorId":1,"errorCode":"CAPTCHA_NOT_READY","taskId":102}"#,
    r#"{"errorId":0,"status":"processing"}"#,
    r#"{"errorId":0,"status":"ready","solution":{"text":"w93bx"}}"#,
];

/// The canned server, and the time the client spent waiting.
struct Server {
    answers: VecDeque<&'static str>,
    waited: Duration,
}

impl Server {
    fn call<T: for<'de> Deserialize<'de>>(
        &mut self,
        method: &str,
    ) -> Result<ApiResponse<T>, String> {
        let body = self
            .answers
            .pop_front()
            .ok_or("the server has no more answers")?;
        println!("{method:>14} <- {body}");
        // A body that is not a response counts as an HTTP-level failure.
        serde_json::from_str(body).map_err(|error| error.to_string())
    }

    fn wait(&mut self, delay: Duration) {
        println!("{:>14}    waiting {delay:?}", "");
        self.waited += delay;
    }
}

/// Why the client stopped without a solution.
enum GaveUp {
    Api(ApiError),
    Transport(String),
}

impl std::fmt::Display for GaveUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GaveUp::Api(error) => write!(f, "{error}"),
            GaveUp::Transport(reason) => write!(f, "no usable response: {reason}"),
        }
    }
}

fn solve(server: &mut Server, policy: &RetryPolicy) -> Result<serde_json::Value, GaveUp> {
    let mut tasks_failed = 0;
    'task: loop {
        // createTask, with the same request repeated while the service is busy.
        let mut attempt = 0;
        let task_id = loop {
            attempt += 1;
            match server.call::<Created>("createTask") {
                Ok(ApiResponse::Ok(created)) => break created.task_id,
                Ok(ApiResponse::Err(error)) => match policy.next_after_error(&error, attempt) {
                    Next::SameRequestAfter(delay) => server.wait(delay),
                    _ => return Err(GaveUp::Api(error)),
                },
                Err(transport) => match policy.next_after_http_failure(attempt) {
                    Next::SameRequestAfter(delay) => server.wait(delay),
                    _ => return Err(GaveUp::Transport(transport)),
                },
            }
        };
        println!("{:>14}    task {task_id} created", "");
        // getTaskResult, polled until ready.
        let mut polls = 0;
        loop {
            polls += 1;
            let error = match server.call::<TaskResult>("getTaskResult") {
                Ok(ApiResponse::Ok(result)) if result.status == "ready" => {
                    return result
                        .solution
                        .ok_or(GaveUp::Transport("no solution".into()));
                }
                // "processing" is an answer too: poll again, as for CAPTCHA_NOT_READY.
                Ok(ApiResponse::Ok(_)) => {
                    server.wait(policy.wait(None, polls));
                    continue;
                }
                Ok(ApiResponse::Err(error)) => error,
                Err(transport) => match policy.next_after_http_failure(polls) {
                    Next::SameRequestAfter(delay) => {
                        server.wait(delay);
                        continue;
                    }
                    _ => return Err(GaveUp::Transport(transport)),
                },
            };
            if let Next::SameRequestAfter(delay) = policy.next_after_error(&error, polls) {
                server.wait(delay);
                continue;
            }
            tasks_failed += 1;
            match policy.next_after_error(&error, tasks_failed) {
                Next::NewTask => continue 'task,
                // A new token or challenge would come from the target page;
                // this example has none to fetch, so it stops.
                _ => return Err(GaveUp::Api(error)),
            }
        }
    }
}

fn main() {
    let mut server = Server {
        answers: ANSWERS.iter().copied().collect(),
        waited: Duration::ZERO,
    };
    let policy = RetryPolicy::new();
    match solve(&mut server, &policy) {
        Ok(solution) => println!("solved: {solution} after waiting {:?}", server.waited),
        Err(reason) => println!("gave up: {reason} after waiting {:?}", server.waited),
    }
}
