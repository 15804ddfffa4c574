package cn.yiyang.casework.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface AuditMapper {

    record ChainRow(String chain, long seq, String headHash) {
    }

    class EntryRow {
        public Long id;
        public String chain;
        public long seq;
        public Long caseId;
        public LocalDateTime at;
        public String actor;
        public String action;
        public String detail;
        public String prevHash;
        public String hash;
    }

    @Insert("insert into audit_chain (chain, seq, head_hash) values (#{chain}, 0, #{genesis}) "
            + "on duplicate key update chain = chain") // takes the row lock at once: no S-to-X upgrade deadlock
    void ensureChain(@Param("chain") String chain, @Param("genesis") String genesis);

    @Select("select chain, seq, head_hash from audit_chain where chain = #{chain} for update")
    ChainRow lockChain(String chain);

    @Update("update audit_chain set seq = #{seq}, head_hash = #{hash} where chain = #{chain}")
    void advance(@Param("chain") String chain, @Param("seq") long seq, @Param("hash") String hash);

    @Insert("""
            insert into audit_entry (chain, seq, case_id, at, actor, action, detail, prev_hash, hash)
            values (#{chain}, #{seq}, #{caseId}, #{at}, #{actor}, #{action}, #{detail}, #{prevHash}, #{hash})""")
    void insert(EntryRow row);

    @Select("select chain, seq, head_hash from audit_chain order by chain")
    List<ChainRow> chains();

    /** Chains that have entries but no head row: the head was deleted, so nothing would check them otherwise. */
    @Select("select distinct e.chain from audit_entry e where not exists "
            + "(select 1 from audit_chain c where c.chain = e.chain) order by e.chain")
    List<String> chainsWithoutHead();

    @Select("select id, chain, seq, case_id, at, actor, action, detail, prev_hash, hash from audit_entry "
            + "where chain = #{chain} order by seq")
    List<EntryRow> entriesOfChain(String chain);
}
