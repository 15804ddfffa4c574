-- Inspection, second part (issue 6): the public lists of draws and results, publication as a task, escalation.

-- the public page lists a year's draws by date and counts each draw's targets
create index ix_inspection_draw_drawn_at on inspection_draw (drawn_at);
create index ix_inspection_target_draw on inspection_target (draw_id);
-- the plan list of a region joins case_file by primary key and pages by plan id (primary key): no index needed
