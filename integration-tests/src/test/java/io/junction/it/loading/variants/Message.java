package io.junction.it.loading.variants;

import io.junction.declarative.Column;
import io.junction.declarative.ForeignKey;
import io.junction.declarative.Table;

/** A message of a channel, filed in a folder. */
@Table("messages")
public class Message extends Base {
    @Column(primaryKey = true) public Integer id;
    @Column @ForeignKey("channels.id") public Integer channelId;
    @Column @ForeignKey("folders.id") public Integer folderId;
    @Column(length = 30) public String body;
    /** The backref of {@code Channel.messages}. */
    public Channel channel;

    public Message() {
    }

    public Message(Integer id, String body) {
        this.id = id;
        this.body = body;
    }
}
