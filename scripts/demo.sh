#!/bin/sh
# A throwaway tour: a temporary database, a few weeks of a job search, a look back.
set -e
PEERJOB_DB="$(mktemp -d)/demo.db"
export PEERJOB_DB
echo "Demo database: $PEERJOB_DB (deleted with your temp folder)"

run() {
    shown=""
    for arg in "$@"; do
        case "$arg" in
            *" "*) shown="$shown \"$arg\"" ;;
            *) shown="$shown $arg" ;;
        esac
    done
    echo
    echo "\$ peerjob$shown"
    peerjob "$@"
}

run log ACME "Support Specialist" --date "2 weeks ago" --source referral
run log Globex "Peer Support Worker" --date "last friday" --tag remote
run log Initech "Data Entry Clerk" --date yesterday --source "job board"
run log "Blue Door Cafe" Barista
run stage 1 screening --date "10 days ago"
run stage 1 interviewing --date "3 days ago"
run stage 3 rejected --no-reframe
run reframe 3 --outside "They hired internally" --balanced "One opening said no, not every employer" \
    --next-step "Ask Sam for a mock interview" --next-step-on "in 2 days"
run win "Mock interview with Sam" --kind mock-interview --date yesterday
run partner add Sam --role mentor
run checkin Sam --channel call --next "in 1 week"
run journal "Walked before the interview; felt steadier." --mood 4 --energy 3 --practice walk
run goals set --applications 3 --checkins 1
run list
run show 1
run due --days 7
run review --no-plan
run export --anonymize
