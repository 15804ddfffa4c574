package cn.yiyang.api;

import cn.yiyang.casework.DoneItem;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskDetail;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import cn.yiyang.shared.FieldErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbox (API.md "Tasks"). */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    private final TaskInbox inbox;

    TaskController(TaskInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    PageResult<TaskItem> queue(@RequestParam(defaultValue = "all") String scope,
                               @RequestParam(required = false) Matter matter,
                               @RequestParam(required = false) Warning warning,
                               @RequestParam(required = false) String q,
                               @RequestParam(defaultValue = "due") String sort,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return inbox.queue(CurrentUsers.require(), parse(TaskInbox.Scope.class, "scope", scope), matter, warning, q,
                parse(TaskInbox.Sort.class, "sort", sort), PageRequest.of(page, size));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new FieldErrors(List.of(new FieldErrors.FieldError(field, "不支持的取值：" + value)));
        }
    }

    @GetMapping("/done")
    PageResult<DoneItem> done(@RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return inbox.done(CurrentUsers.require(), PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    TaskDetail get(@PathVariable String id) {
        return inbox.get(CurrentUsers.require(), id);
    }

    @PostMapping("/{id}/claim")
    TaskItem claim(@PathVariable String id) {
        return inbox.claim(CurrentUsers.require(), id);
    }

    @PostMapping("/{id}/unclaim")
    ResponseEntity<Void> unclaim(@PathVariable String id) {
        inbox.unclaim(CurrentUsers.require(), id);
        return ResponseEntity.noContent().build();
    }

    record Completion(@NotBlank(message = "请选择办理结果") String outcome,
                      @Size(max = 4000, message = "意见不能超过 4000 字") String comment,
                      Map<String, Object> fields) {
    }

    @PostMapping("/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable String id, @Valid @RequestBody Completion body) {
        inbox.complete(CurrentUsers.require(), id, body.outcome(), body.comment(), body.fields());
        return ResponseEntity.noContent().build();
    }
}
