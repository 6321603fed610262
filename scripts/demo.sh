#!/bin/sh
# A throwaway tour: a temporary database, a few applications, a look at them.
set -e
PEERJOB_DB="$(mktemp -d)/demo.db"
export PEERJOB_DB
echo "Demo database: $PEERJOB_DB (deleted with your temp folder)"
echo
echo '$ peerjob log ACME "Support Specialist" --date "2 weeks ago" --source referral'
peerjob log ACME "Support Specialist" --date "2 weeks ago" --source referral
echo '$ peerjob log Globex "Peer Support Worker" --date "last friday" --tag remote'
peerjob log Globex "Peer Support Worker" --date "last friday" --tag remote
echo '$ peerjob log Initech "Data Entry Clerk" --date yesterday'
peerjob log Initech "Data Entry Clerk" --date yesterday
echo '$ peerjob log "Blue Door Cafe" Barista'
peerjob log "Blue Door Cafe" Barista
echo '$ peerjob stage 1 screening --date "10 days ago"'
peerjob stage 1 screening --date "10 days ago"
echo '$ peerjob stage 1 interviewing --date "3 days ago"'
peerjob stage 1 interviewing --date "3 days ago"
echo
echo '$ peerjob list'
peerjob list
echo
echo '$ peerjob show 1'
peerjob show 1
